import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { DeskInput } from '../desks/DeskInput';
import { LocationInput } from '../locations/LocationInput';
import { ProductInput } from '../products/ProductInput';
import { channelChoices, statusChoices } from './choices';

export const appointmentFilters = [
    // The server searches name, email, phone and code.
    <SearchInput key="q" source="q" alwaysOn />,
    // A day in Brussels, YYYY-MM-DD as the date input gives it.
    <DateInput key="day" source="day" alwaysOn />,
    <LocationInput key="locationId" source="locationId" alwaysOn />,
    <DeskInput key="deskId" source="deskId" />,
    <ProductInput key="serviceId" source="serviceId" />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <SelectInput key="channel" source="channel" choices={channelChoices} />,
];
