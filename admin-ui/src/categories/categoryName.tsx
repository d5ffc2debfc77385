import { useLocaleState, useRecordContext } from 'react-admin';
import type { Category } from '../types';

export const categoryName = (category: Pick<Category, 'nameNl' | 'nameEn'>, locale: string) =>
    locale === 'en' ? category.nameEn || category.nameNl : category.nameNl;

/** Category name in the console's current language. */
export const useCategoryName = () => {
    const [locale] = useLocaleState();
    return (category: Pick<Category, 'nameNl' | 'nameEn'>) => categoryName(category, locale);
};

export const CategoryNameField = () => {
    const record = useRecordContext<Category>();
    const name = useCategoryName();
    return record ? <>{name(record)}</> : null;
};
