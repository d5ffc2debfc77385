import './imapUrlEnvironment';
import { db } from '../../src/db';
import { mailboxFromEnvironment } from '../../src/channels/email/mailboxes/service';
import { decryptSecret } from '../../src/shared/secretBox';
import { makeDepartment } from '../support/factories';

test('IMAP_URL creates the default mailbox at start, and updates it when it changes', async () => {
  const onthaal = await makeDepartment('Onthaal');
  const created = await mailboxFromEnvironment();
  expect(created).toMatchObject({
    source: 'env',
    address: 'info@testdorp.example',
    imapHost: 'imap.testdorp.example',
    imapPort: 143,
    imapTls: false,
    imapUser: 'info@testdorp.example',
    folder: 'Gemeente',
    processedFolder: 'Verwerkt',
    defaultDepartmentId: onthaal.id,
  });
  expect(decryptSecret(created!.imapPasswordEnc)).toBe('p@ss');
  const again = await mailboxFromEnvironment();
  expect(again!.id).toBe(created!.id);
  expect(again!.configuredAt).toEqual(created!.configuredAt);
  expect(await db().mailbox.count()).toBe(1);
});
