import "../../../../widgets/admin/admin.js";

/** A path pattern under the admin API, for FetchStub routes. */
export const adminApi = (path: string) => new RegExp(`^/api/v1/admin${path}$`);
