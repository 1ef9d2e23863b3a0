// The public surface of event e-mails (catalogue, templates, validation, rendering, layout
// helpers), re-exported once from the package index.
export * from './contrast.js';
export * from './defaults/defaultTemplates.js';
export * from './events.js';
export * from './format.js';
export * from './renderEvent.js';
export * from './sampleData.js';
export * from './tags.js';
export * from './tagSyntax.js';
export * from './templateIssues.js';
export * from './templateSchema.js';
export * from './validateTemplate.js';
