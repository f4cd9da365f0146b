// Entry of the early script, the one script in the manifest (see early.ts). `.iife.ts`: crxjs emits one
// self-contained classic script, no loader and no web_accessible_resources.
import { requestContentScript, startEarly } from './early';
import { whenIdle } from './schedule';

startEarly({ doc: document, whenIdle, requestContent: requestContentScript });
