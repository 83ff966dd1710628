export { ja as ko, jaErrors as koErrors } from './ja.js';
