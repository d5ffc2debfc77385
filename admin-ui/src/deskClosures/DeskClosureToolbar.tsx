import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/** Closures and absences are removed outright: the times become bookable again. */
export const DeskClosureToolbar = () => (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
        <SaveButton />
        <DeleteButton
            mutationMode="pessimistic"
            confirmTitle="app.desk_closure.delete_title"
            confirmContent="app.desk_closure.delete_content"
        />
    </Toolbar>
);
