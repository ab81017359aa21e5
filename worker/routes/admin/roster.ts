import { Hono } from "hono";
import type { AppEnv } from "../../http/app-env.js";

export const rosterRoutes = new Hono<AppEnv>();
