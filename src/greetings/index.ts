/**
 * Greetings: the salutation the Chinese calendar calls for (birthday, festival, holiday period,
 * time of day) in the customer's time zone, and the channel's opening line.
 *
 * @packageDocumentation
 */
export { greet } from './greet.js';
export { createGreeter } from './create-greeter.js';
export type {
  Greeting,
  GreetingReason,
  GreetOptions,
  Greeter,
  GreeterOptions,
  GreetingRegion,
  GreetingSource,
  GreetingWish,
  CompiledGreetings,
  LocalizedTemplate,
} from './types.js';
export type { GreetingOccasion, GreetingWording, GreetingText, PackGreetings } from '../schema/index.js';
