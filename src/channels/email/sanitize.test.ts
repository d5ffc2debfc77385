import { sanitizeEmailHtml } from './sanitize';

const noInlineImages = () => undefined;
const storedInlineImages: Record<string, string> = {
  'image001.png@01DB3C1A.5F2E8A90': '/api/admin/attachments/7f3c/download',
};
const storedAttachment = (contentId: string) => storedInlineImages[contentId];

const OUTLOOK_REPLY = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
</style><![endif]--><style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="NL-BE" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal"><span lang="NL">Goedemorgen,<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="NL">Het gat in de weg voor <b>Kerkstraat 12</b> is nog niet hersteld. Zie foto:<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="NL"><img width="480" height="360" style="width:5.0in;height:3.75in" id="Afbeelding_x0020_1" src="cid:image001.png@01DB3C1A.5F2E8A90" alt="Foto van het gat"><o:p></o:p></span></p>
<p class="MsoNormal"><span lang="NL">Meer info op <a href="https://www.testdorp.example/wegenwerken">de website</a>.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="NL">Met vriendelijke groeten,<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="NL">Marie Janssens<o:p></o:p></span></p>
<p class="MsoNormal"><img border="0" width="120" height="40" src="https://cdn.bedrijf.example/signature/logo.png" alt="Bedrijf NV"><o:p></o:p></p>
</div>
<img src="https://t.bedrijf.example/open?id=8f3a" width="1" height="1" alt="">
</body>
</html>
`;

const GMAIL_REPLY =
  '<div dir="ltr"><div>Beste,</div><div><br></div><div>Bedankt voor het snelle antwoord! Ik kom <u>donderdag</u> langs.</div>' +
  '<div><br></div><div>Groetjes,</div><div>Jan</div></div><br><div class="gmail_quote gmail_quote_container">' +
  '<div dir="ltr" class="gmail_attr">Op ma 23 nov 2026 om 10:12 schreef Gemeente Testdorp &lt;<a href="mailto:info@testdorp.example">info@testdorp.example</a>&gt;:<br></div>' +
  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
  '<div>Beste Jan,<br>U kan langskomen aan het loket.</div></blockquote></div>\n';

const NEWSLETTER_TABLE =
  '<table role="presentation" width="600" cellpadding="0" background="https://news.example/bg.png" style="background:url(https://news.example/track.gif)">' +
  '<tbody><tr><td colspan="2" bgcolor="#ffffff" style="padding:8px"><h1 style="font-size:20px">Nieuws</h1></td></tr>' +
  '<tr><td><font face="Arial" color="red">Rood</font></td><td><a href="https://news.example/r?u=1&amp;l=2" onclick="track()">Lees meer</a></td></tr></tbody></table>';

describe('email HTML shown to agents', () => {
  test('an Outlook reply keeps its text, formatting, links and inline photo, without styles, Office markup or tracking', () => {
    expect(sanitizeEmailHtml(OUTLOOK_REPLY, storedAttachment)).toBe(
      '<div>\n' +
        '<p><span>Goedemorgen,</span></p>\n' +
        '<p><span>Het gat in de weg voor <b>Kerkstraat 12</b> is nog niet hersteld. Zie foto:</span></p>\n' +
        '<p><span><img width="480" height="360" src="/api/admin/attachments/7f3c/download" alt="Foto van het gat" /></span></p>\n' +
        '<p><span>Meer info op <a href="https://www.testdorp.example/wegenwerken" rel="noopener noreferrer nofollow" target="_blank">de website</a>.</span></p>\n' +
        '<p><span>Met vriendelijke groeten,</span></p>\n' +
        '<p><span>Marie Janssens</span></p>\n' +
        '<p><span>Bedrijf NV</span></p>\n' +
        '</div>',
    );
  });

  test('a Gmail reply keeps its quote as a plain blockquote and its mailto link', () => {
    expect(sanitizeEmailHtml(GMAIL_REPLY, noInlineImages)).toBe(
      '<div><div>Beste,</div><div><br /></div><div>Bedankt voor het snelle antwoord! Ik kom <u>donderdag</u> langs.</div>' +
        '<div><br /></div><div>Groetjes,</div><div>Jan</div></div><br /><div>' +
        '<div>Op ma 23 nov 2026 om 10:12 schreef Gemeente Testdorp &lt;<a href="mailto:info@testdorp.example" rel="noopener noreferrer nofollow" target="_blank">info@testdorp.example</a>&gt;:<br /></div>' +
        '<blockquote><div>Beste Jan,<br />U kan langskomen aan het loket.</div></blockquote></div>',
    );
  });

  test('a newsletter table keeps its cells but loses background images, colours and fonts', () => {
    expect(sanitizeEmailHtml(NEWSLETTER_TABLE, noInlineImages)).toBe(
      '<table><tbody><tr><td colspan="2"><h1>Nieuws</h1></td></tr>' +
        '<tr><td>Rood</td><td><a href="https://news.example/r?u=1&amp;l=2" rel="noopener noreferrer nofollow" target="_blank">Lees meer</a></td></tr></tbody></table>',
    );
  });
});

describe('images in email', () => {
  test('a remote image is never loaded: its alt text stays, a tracking pixel disappears', () => {
    const html =
      '<p>Zie <img src="https://cdn.example/foto.jpg" alt="foto van de put"> hier <b>vet</b></p><img src="https://t.example/o.gif" width="1" height="1">';
    expect(sanitizeEmailHtml(html, noInlineImages)).toBe('<p>Zie <span>foto van de put</span> hier <b>vet</b></p>');
  });

  test('protocol-relative and relative image addresses are remote images too', () => {
    const html = '<img src="//cdn.example/a.png" alt="a"><img src="/logo.png" alt="b"><img src="logo.png">';
    expect(sanitizeEmailHtml(html, noInlineImages)).toBe('<span>a</span><span>b</span>');
  });

  test('an inline image is shown from the stored attachment its content id names', () => {
    const resolved: string[] = [];
    const html = '<img src="cid:image001.png@01DB3C1A.5F2E8A90" alt="kaart"><img src="CID:%3Cfoto%40gsm%3E">';
    const out = sanitizeEmailHtml(html, (cid) => {
      resolved.push(cid);
      return storedAttachment(cid);
    });
    expect(resolved).toEqual(['image001.png@01DB3C1A.5F2E8A90', 'foto@gsm']);
    expect(out).toBe('<img src="/api/admin/attachments/7f3c/download" alt="kaart" />');
  });

  test('an inline image we do not have becomes its alt text', () => {
    expect(sanitizeEmailHtml('<p><img src="cid:missing@x" alt="Handtekening"></p>', noInlineImages)).toBe(
      '<p><span>Handtekening</span></p>',
    );
  });

  test('embedded PNG, JPEG, GIF and WebP images are shown, other data is not', () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    expect(sanitizeEmailHtml(`<img src="${png}" alt="stip">`, noInlineImages)).toBe(`<img src="${png}" alt="stip" />`);
    expect(sanitizeEmailHtml('<img src="data:image/jpeg;base64,/9j/4AAQSkZJRg==">', noInlineImages)).toBe(
      '<img src="data:image/jpeg;base64,/9j/4AAQSkZJRg==" />',
    );
    expect(
      sanitizeEmailHtml('<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="svg">', noInlineImages),
    ).toBe('<span>svg</span>');
    expect(
      sanitizeEmailHtml('<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">', noInlineImages),
    ).toBe('');
  });
});

describe('hostile email HTML is made harmless', () => {
  test.each([
    ['script tags', '<p>Hallo<script>alert(document.cookie)</script></p>', '<p>Hallo</p>'],
    ['an image that errors into script', '<img src=x onerror=alert(1)>', ''],
    ['event handlers on allowed tags', '<p onclick="alert(1)" onmouseover="alert(2)">tekst</p>', '<p>tekst</p>'],
    ['javascript: links', '<a href="javascript:alert(1)">klik</a>', 'klik'],
    ['entity-encoded javascript: links', '<a href="&#106;&#97;vascript:alert(1)">klik</a>', 'klik'],
    ['javascript: split by a tab entity', '<a href="jav&#x09;ascript:alert(1)">klik</a> <b>vet</b>', 'klik <b>vet</b>'],
    [
      'data: and vbscript: links',
      '<a href="data:text/html,<script>alert(1)</script>">a</a><a href="vbscript:msgbox(1)">b</a>',
      'ab',
    ],
    ['links into the console itself', '<a href="/api/admin/users/1/delete">x</a><a href="//evil.example">y</a>', 'xy'],
    [
      'SVG carrying script',
      '<svg onload="alert(1)"><script>alert(2)</script><circle r="5"/><text>hi</text></svg>',
      'hi',
    ],
    ['MathML carrying a link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'x'],
    [
      'CSS expressions and style blocks',
      '<div style="width: expression(alert(1))">x</div><style>body{background:url(javascript:alert(1))}</style>',
      '<div>x</div>',
    ],
    [
      'frames, objects and embeds',
      '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x.swf">',
      '',
    ],
    [
      'forms asking for passwords',
      '<form action="https://evil.example"><input name="pw" type="password"><button onclick="x()">Aanmelden</button></form>',
      'Aanmelden',
    ],
    [
      'meta refresh, base and stylesheet links',
      '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css"><p>ok</p>',
      '<p>ok</p>',
    ],
    ['nested malformed tags', '<p><b>vet<i>beide</b>schuin</i></p>', '<p><b>vet<i>beide</i></b>schuin</p>'],
    ['a script tag split around another', '<<script>script>alert(1)<</script>/script>', '&lt;/script&gt;'],
    [
      'escaped markup, which stays text',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    ],
    [
      'attributes a link may not carry',
      '<a href="https://ok.example/" title="x" onmouseover="alert(1)">ok</a>',
      '<a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">ok</a>',
    ],
    [
      'a link that sets its own target and opener',
      '<a href="https://ok.example/" target="_self" rel="opener">ok</a>',
      '<a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">ok</a>',
    ],
    [
      'comments and CDATA',
      '<p>a<!-- <script>alert(1)</script> -->b<![CDATA[<script>alert(1)</script>]]></p>',
      '<p>ab</p>',
    ],
    ['the page title', '<title>Phishing</title><p>tekst</p>', '<p>tekst</p>'],
  ])('%s', (_what, html, expected) => {
    expect(sanitizeEmailHtml(html, noInlineImages)).toBe(expected);
  });
});
