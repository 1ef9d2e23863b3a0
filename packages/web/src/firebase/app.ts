import { getApp, getApps, initializeApp } from 'firebase/app';
import { firebaseConfig } from './config.js';

/** The one Firebase app, created by whichever SDK module is loaded first. */
export const firebaseApp = getApps().length > 0 ? getApp() : initializeApp(firebaseConfig);
