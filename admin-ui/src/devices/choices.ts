import { deviceKinds } from '../types';

export const kindChoices = deviceKinds.map((id) => ({ id, name: `resources.devices.kind.${id}` }));
