export { ListSearchFormComponent } from './list-search-form.component';
export type { ListLoadState } from './list-status.component';
export { ListStatusComponent } from './list-status.component';
export { LoadMoreComponent } from './load-more.component';
