import { quarantineReasons, quarantineStatuses } from '../types';

export const reasonChoices = quarantineReasons.map((id) => ({ id, name: `resources.quarantine.reason.${id}` }));
export const statusChoices = quarantineStatuses.map((id) => ({ id, name: `resources.quarantine.status.${id}` }));
