import { Edit } from 'react-admin';
import { ProductForm } from './ProductForm';
import { ProductTitle } from './productName';

export const ProductEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list" title={<ProductTitle />}>
        <ProductForm />
    </Edit>
);
