/**
 * Request and turn limits for harnesses that send thousands of requests and messages from one address and one user:
 * test apps and processes, the agent evaluation, the benchmarks. The limits themselves have their own tests.
 */
export const GENEROUS_LIMITS = {
  LOGIN_RATE_LIMIT: '1000',
  SIGNUP_RATE_LIMIT: '1000',
  RATE_LIMIT_IP: '1000000',
  RATE_LIMIT_USER: '1000000',
  RATE_LIMIT_API_KEY: '1000000',
  RATE_LIMIT_TENANT: '1000000',
  TURN_RATE_USER: '100000',
  TURN_RATE_API_KEY: '100000',
  TURN_RATE_TENANT: '100000',
  TURN_QUEUE_PER_TENANT: '1000',
  SOCKET_EVENTS_PER_10S: '100000',
};
