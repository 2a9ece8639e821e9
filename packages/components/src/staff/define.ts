/** Registers every staff element, for the staff pages (they are not in the residents' one-script bundle). */
import './staff-inbox/define.js';
import './staff-case/define.js';
import './dispatch-console/define.js';
import './patrol-report/define.js';

export { HyStaffInbox } from './staff-inbox/staff-inbox.js';
export { HyStaffCase } from './staff-case/staff-case.js';
export { HyDispatchConsole } from './dispatch-console/dispatch-console.js';
export { HyPatrolReport } from './patrol-report/patrol-report.js';
export { HyCaseOpenEvent, HyCaseActionEvent, HyPatrolReportEvent } from './events.js';
