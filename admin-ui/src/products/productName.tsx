import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../types';

export const productName = (product: Pick<Product, 'nameNl' | 'nameEn'>, locale: string) =>
    locale === 'en' ? product.nameEn || product.nameNl : product.nameNl;

/** A product's name in the console's current language. */
export const useProductName = () => {
    const [locale] = useLocaleState();
    return (product: Pick<Product, 'nameNl' | 'nameEn'>) => productName(product, locale);
};

export const ProductNameField = () => {
    const record = useRecordContext<Product>();
    const name = useProductName();
    return record ? <>{name(record)}</> : null;
};

/** "Product Reispas" on the edit and show pages. */
export const ProductTitle = () => {
    const product = useRecordContext<Product>();
    const name = useProductName();
    const translate = useTranslate();
    if (!product) return null;
    return <>{`${translate('resources.services.name', { smart_count: 1 })} ${name(product)}`}</>;
};
