import { useEffect } from 'react';

/**
 * react-admin 5's row selection checkbox puts its name ("Deze rij selecteren") on MUI's wrapper span, where
 * aria-label is not allowed, and leaves the checkbox input itself unnamed: a screen reader announces "checkbox"
 * only. Until react-admin passes it to the input (as its select-all checkbox does), move the name there.
 * Renders nothing; mount it once in a list with bulk actions.
 */
const nameRowCheckboxes = () => {
    document.querySelectorAll<HTMLElement>('span.select-item[aria-label]').forEach((span) => {
        const input = span.querySelector('input');
        if (!input) return;
        input.setAttribute('aria-label', span.getAttribute('aria-label')!);
        span.removeAttribute('aria-label');
    });
};

export const RowCheckboxLabels = () => {
    useEffect(() => {
        nameRowCheckboxes();
        const observer = new MutationObserver(nameRowCheckboxes);
        observer.observe(document.body, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
        return () => observer.disconnect();
    }, []);
    return null;
};
