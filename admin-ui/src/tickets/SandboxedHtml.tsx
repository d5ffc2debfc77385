import { LinearProgress } from '@mui/material';
import type { Attachment } from '../types';
import { useInlineImages } from './useInlineImages';

// The server already sanitizes the HTML; the empty sandbox (no scripts, no
// forms, no same-origin access) is the second line of defence. The inherited
// Content-Security-Policy keeps remote images (tracking pixels) out.
// <base target="_blank"> turns link clicks into blocked pop-ups, so a
// link in a citizen's mail cannot load a look-alike page inside the console.
const wrap = (html: string) =>
    '<!doctype html><html><head><meta charset="utf-8">' +
    '<meta name="referrer" content="no-referrer"><base target="_blank">' +
    '<style>body{margin:8px;font:14px/1.45 system-ui,sans-serif;overflow-wrap:anywhere}' +
    'img{max-width:100%;height:auto}table{max-width:100%}' +
    // a citizen's <pre> (a pasted log, a mailer's plain-text part) wraps: a region that scrolls sideways inside
    // the frame cannot be reached by keyboard (WCAG 2.1.1; axe found it on a damaged email)
    'pre{white-space:pre-wrap}</style>' +
    `</head><body>${html}</body></html>`;

/**
 * An email's HTML as the citizen saw it. A sandboxed frame cannot be measured
 * from outside, so it gets a fixed height that the agent can drag larger.
 */
export const SandboxedHtml = ({
    html: original,
    attachments,
    title,
    height = 'min(60vh, 480px)',
    testId = 'message-html',
}: {
    html: string;
    attachments?: Attachment[];
    title: string;
    height?: string | number;
    testId?: string;
}) => {
    const { html, loading } = useInlineImages(original, attachments);
    if (loading) return <LinearProgress />;
    return (
        <iframe
            sandbox=""
            srcDoc={wrap(html)}
            title={title}
            data-testid={testId}
            style={{
                display: 'block',
                width: '100%',
                height,
                resize: 'vertical',
                overflow: 'auto',
                border: '1px solid rgba(0, 0, 0, 0.23)',
                borderRadius: 4,
                background: '#fff',
            }}
        />
    );
};
