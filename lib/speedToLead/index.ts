export { formatDuration } from './formatDuration';
export {
  FIRST_TOUCH_TYPES,
  latestMqlAt,
  type SpeedToLeadActivity,
  type SpeedToLeadLead,
  type SpeedToLeadResult,
  speedToLead,
} from './speedToLead';
