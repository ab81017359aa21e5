import { Hono } from "hono";
import type { AppEnv } from "../../http/app-env.js";

export const adminEventRoutes = new Hono<AppEnv>();
