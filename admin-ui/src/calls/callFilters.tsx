import { SearchInput, SelectInput } from 'react-admin';
import { directionChoices, outcomeChoices } from './choices';

export const callFilters = [
    // The server searches the calling and the called number.
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="direction" source="direction" choices={directionChoices} alwaysOn />,
    <SelectInput key="outcome" source="outcome" choices={outcomeChoices} alwaysOn />,
];
