import { Hono } from "hono";
import type { AppEnv } from "../../http/app-env.js";

export const sessionRoutes = new Hono<AppEnv>();
