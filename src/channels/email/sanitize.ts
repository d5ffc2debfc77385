import sanitizeHtml from 'sanitize-html';

const FORMATTING_TAGS = [
  'p',
  'br',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'blockquote',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
  'hr',
];
// Links leave the console only to the web or a mail program. A relative link would point into
// the console itself, so it is no link either.
const LINK_TARGET = /^(https?:|mailto:)/i;
const EMBEDDED_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const LINK_REL = 'noopener noreferrer nofollow';

function contentIdOf(src: string): string {
  const encoded = src.replace(/^cid:/i, '');
  try {
    return decodeURIComponent(encoded).replace(/^<|>$/g, '');
  } catch {
    return encoded;
  }
}

/**
 * Email HTML reduced to formatting a browser can show safely. No style attributes at all:
 * inline CSS is how a mail hides text, overlays the console or loads remote backgrounds, and
 * the text reads fine without it. Remote images are never loaded (they tell the sender who
 * read the mail and when); they, and inline images we do not have, become their alt text.
 */
export function sanitizeEmailHtml(html: string, resolveCid: (contentId: string) => string | undefined): string {
  // sanitize-html corrupts the markup after an element that is transformed into bare text,
  // so an image without alt text is marked here and left out by the filter below.
  const imagesLeftOut = new WeakSet<sanitizeHtml.Attributes>();

  function imageOrItsAltText(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
    const src = (attribs.src ?? '').trim();
    const shown = EMBEDDED_IMAGE.test(src) ? src : /^cid:/i.test(src) ? resolveCid(contentIdOf(src)) : undefined;
    if (shown) return { tagName: 'img', attribs: { ...attribs, src: shown } };
    const alt = (attribs.alt ?? '').trim();
    if (alt) return { tagName: 'span', attribs: {}, text: alt };
    const leftOut: sanitizeHtml.Attributes = {};
    imagesLeftOut.add(leftOut);
    return { tagName: 'img', attribs: leftOut };
  }

  function linkIfSafe(_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
    const href = (attribs.href ?? '').trim();
    return { tagName: 'a', attribs: LINK_TARGET.test(href) ? { href, rel: LINK_REL, target: '_blank' } : {} };
  }

  return sanitizeHtml(html, {
    allowedTags: FORMATTING_TAGS,
    allowedAttributes: {
      a: ['href', 'rel', 'target'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    // http(s) only for the address resolveCid gives an inline image; remote images were replaced above
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowProtocolRelative: false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'title'],
    transformTags: { img: imageOrItsAltText, a: linkIfSafe },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
      return imagesLeftOut.has(frame.attribs);
    },
  }).trim();
}
