// How a period and its comparison are said, for summaries and report titles: the contract's words (the assistant's
// summaries, the dashboard and the PDF reports say periods the same way).
export { PERIOD_LABEL, VS_PREVIOUS as VS_PREVIOUS_LABEL } from '@tajer/contract';
