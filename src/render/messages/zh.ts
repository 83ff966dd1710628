export { ja as zh, jaErrors as zhErrors } from './ja.js';
