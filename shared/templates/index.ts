export { DEFAULT_TEMPLATE_SECTIONS, defaultTemplate } from './default-template';
