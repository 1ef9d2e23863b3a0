// The admin client list and client file (H1): the list's query plan and the file's edits.
export * from './clientListQuery.js';
export * from './clientEdits.js';
