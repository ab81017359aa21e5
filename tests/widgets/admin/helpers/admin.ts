import "../../../../widgets/admin/admin.js";
import "../../../../widgets/admin/editor/define.js";
import "../../../../widgets/admin/roster/define.js";
// The pages the dashboard loads on first use, registered up front for the tests of their elements.
import "../../../../widgets/admin/festival/define.js";
import "../../../../widgets/admin/visits/define.js";
import "../../../../widgets/admin/volunteers/define.js";
import "../../../../widgets/admin/network/define.js";
import "../../../../widgets/admin/mentoring/define.js";

/** A path pattern under the admin API, for FetchStub routes. */
export const adminApi = (path: string) => new RegExp(`^/api/v1/admin${path}$`);
