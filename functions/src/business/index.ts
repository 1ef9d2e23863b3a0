// The hunter's business (H5, H10): the deal documents Analyses and the dashboard read.
export { syncDealOnAssignment, syncDealOnFee, syncDealsOnClientFee } from './syncDeal.js';
