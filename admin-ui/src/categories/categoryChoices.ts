import { attributeDatatypes, mapVisibilities } from '../types';

export const mapVisibilityChoices = mapVisibilities.map((id) => ({ id, name: `app.category.visibility.${id}` }));

export const datatypeChoices = attributeDatatypes.map((id) => ({ id, name: `app.category.datatype.${id}` }));

/** The datatypes whose answer is picked from a list of values. */
export const isListDatatype = (datatype: unknown) => typeof datatype === 'string' && datatype.endsWith('valuelist');
