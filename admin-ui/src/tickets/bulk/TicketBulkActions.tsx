import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import LabelIcon from '@mui/icons-material/Label';
import LowPriorityIcon from '@mui/icons-material/LowPriority';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { BulkChangeButton } from './BulkChangeButton';

/** The actions on the selected tickets of the list; each changes every selected ticket on its own. */
export const TicketBulkActions = () => (
    <>
        <BulkChangeButton kind="status" icon={<TaskAltIcon />} />
        <BulkChangeButton kind="assign" icon={<AssignmentIndIcon />} />
        <BulkChangeButton kind="priority" icon={<LowPriorityIcon />} />
        <BulkChangeButton kind="department" icon={<FlagIcon />} />
        <BulkChangeButton kind="category" icon={<CategoryIcon />} />
        <BulkChangeButton kind="tags" icon={<LabelIcon />} />
        <BulkChangeButton kind="merge" icon={<CallMergeIcon />} />
    </>
);
