import { acknowledgements, weekdays } from '../types';

export const weekdayChoices = weekdays.map((day) => ({ id: day, name: `app.weekday_short.${day}` }));

export const acknowledgementChoices = acknowledgements.map((id) => ({ id, name: `app.rule.acknowledgement.${id}` }));

/** outsideOpeningHours is true, false or absent; a select needs a name for each. */
export const openingChoices = [
    { id: 'closed', name: 'app.rule.opening.closed' },
    { id: 'open', name: 'app.rule.opening.open' },
];

export const formatOpening = (value: unknown) => (value === true ? 'closed' : value === false ? 'open' : '');

export const parseOpening = (choice: unknown) => (choice === 'closed' ? true : choice === 'open' ? false : null);
