export { SchoolGate } from './SchoolGate';
