// Properties (H2): saving with geocoding, photos, deletion, and the clients' copies kept in step.
export { saveProperty } from './saveProperty.js';
export { deleteProperty } from './deleteProperty.js';
export { uploadPhoto } from './uploadPhoto.js';
export { updatePhotos } from './updatePhotos.js';
export { syncPropertySnapshots, syncPropertySource } from './syncSnapshots.js';
