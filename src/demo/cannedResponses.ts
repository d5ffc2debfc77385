import { db } from '../db';

/** A few canned replies for the demo: two shared, one for Burgerzaken that also asks the citizen for more (a macro). */
export async function seedCannedResponses(departments: Map<string, string>): Promise<void> {
  await db().cannedResponse.createMany({
    data: [
      {
        title: 'Openingsuren stadhuis',
        bodyNl:
          'Het stadhuis is open op werkdagen van 9 tot 12 uur en op dinsdag ook van 14 tot 19 uur. Voor de meeste diensten maakt u best vooraf een afspraak.',
        bodyEn:
          'The town hall is open on weekdays from 9 to 12, and on Tuesdays also from 14 to 19. For most services, please book an appointment first.',
      },
      {
        title: 'Doorgegeven aan de bevoegde dienst',
        bodyNl:
          'We hebben uw vraag ({{reference}}) doorgegeven aan de dienst {{department}}. Zij nemen contact met u op.',
        bodyEn: 'We passed your question ({{reference}}) to the department {{department}}. They will contact you.',
      },
      {
        title: 'Kopie identiteitskaart vragen',
        bodyNl:
          'Om uw aanvraag {{reference}} verder te behandelen, hebben we een kopie van beide zijden van uw identiteitskaart nodig. U kunt ze als antwoord op deze e-mail sturen.',
        bodyEn:
          'To go on with your request {{reference}}, we need a copy of both sides of your identity card. You can send it as a reply to this email.',
        departmentId: departments.get('Burgerzaken'),
        setStatus: 'pending_citizen',
        addTags: ['kopie-id'],
      },
    ],
  });
}
