import { attributeDatatypes, type AttributeDatatype, type Open311Attribute } from '../types';

/*
 * The form leaves nulls where an input was cleared (and nothing at all for
 * inputs that were never shown, such as the values of a text attribute).
 * The server wants the Open311 shape complete: strings, never null.
 */

type Loose = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

const isList = (datatype: AttributeDatatype) => datatype.endsWith('valuelist');

const cleanKeywords = (value: unknown) =>
    Array.isArray(value) ? [...new Set(value.map(text).filter((keyword) => keyword !== ''))] : [];

const cleanValues = (value: unknown) =>
    (Array.isArray(value) ? (value as (Loose | null)[]) : [])
        .map((item) => ({ key: text(item?.key), name: text(item?.name) }))
        .filter((item) => item.key !== '' || item.name !== '');

const cleanAttribute = (item: Loose | null, index: number): Open311Attribute => {
    const a = item ?? {};
    const datatype = (attributeDatatypes as readonly unknown[]).includes(a.datatype)
        ? (a.datatype as AttributeDatatype)
        : 'string';
    const order = a.order == null || a.order === '' ? NaN : Number(a.order);
    return {
        // Unset means a question for the citizen, as in Open311.
        variable: a.variable !== false,
        code: text(a.code),
        datatype,
        required: a.required === true,
        datatype_description: text(a.datatype_description),
        // Left empty: the attribute keeps its place in the list.
        order: Number.isInteger(order) ? order : index,
        description: text(a.description),
        values: isList(datatype) ? cleanValues(a.values) : [],
    };
};

/** Rewrites the Open311 fields of a category body; the other fields pass as they are. */
export const categoryBody = (data: Loose): Loose => ({
    ...data,
    ...('groupName' in data && { groupName: text(data.groupName) || null }),
    ...('keywords' in data && { keywords: cleanKeywords(data.keywords) }),
    ...('attributes' in data && {
        attributes: (Array.isArray(data.attributes) ? (data.attributes as (Loose | null)[]) : []).map(cleanAttribute),
    }),
});
