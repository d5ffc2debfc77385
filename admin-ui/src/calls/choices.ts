import { callDirections, callOutcomes } from '../types';

export const directionChoices = callDirections.map((id) => ({ id, name: `app.call.direction.${id}` }));
export const outcomeChoices = callOutcomes.map((id) => ({ id, name: `app.call.outcome.${id}` }));
