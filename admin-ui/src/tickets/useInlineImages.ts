import { useQuery } from '@tanstack/react-query';
import type { Attachment } from '../types';

// Pasted photos are rarely larger; bigger ones stay a link in the attachment list.
const maxInlineBytes = 5 * 1024 * 1024;

const asDataUrl = async (url: string) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const blob = await response.blob();
    return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
    });
};

/**
 * The sandboxed frame has no origin of its own, so the browser sends no
 * session cookie with its image requests and cid: images would not load.
 * The console fetches them itself and hands them over as data: URLs, which
 * the Content-Security-Policy allows.
 */
export const useInlineImages = (html: string, attachments: Attachment[] = []) => {
    const wanted = attachments.filter(
        (a) => a.inline && a.contentType.startsWith('image/') && a.size <= maxInlineBytes && html.includes(a.url),
    );
    const { data: replacements, isFetching } = useQuery({
        queryKey: ['inline-images', ...wanted.map((a) => a.id)],
        queryFn: () =>
            Promise.all(wanted.map(async (a) => [a.url, await asDataUrl(a.url).catch(() => a.url)] as const)),
        enabled: wanted.length > 0,
        staleTime: Infinity,
    });
    if (!replacements) return { html, loading: wanted.length > 0 && isFetching };
    return {
        html: replacements.reduce((out, [url, dataUrl]) => out.split(url).join(dataUrl), html),
        loading: false,
    };
};
