import { Controller, Get, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ALLOWED_ROLES, IS_PUBLIC } from '@ros/auth';
import { ROLES } from '@ros/domain';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every route says who may call it: @Public(), @Roles(…) or @AnyRole(), on the method or
 * its controller. AccessGuard refuses a route that says nothing to everyone; this names it
 * before it ships, so a forgotten decision is a failing test, not a 403 found in use.
 */
const SOURCES = join(__dirname, '../src');

const controllerFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? controllerFiles(join(dir, entry.name))
      : entry.name.endsWith('.controller.ts')
        ? [join(dir, entry.name)]
        : [],
  );

interface Route {
  route: string;
  decision: 'public' | readonly string[] | undefined;
}

/** Each route of a controller class, with the access decision it carries. */
export const routesOf = (controller: Type): Route[] => {
  const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
  const decisionOn = (target: object) =>
    Reflect.getMetadata(IS_PUBLIC, target) === true
      ? ('public' as const)
      : (Reflect.getMetadata(ALLOWED_ROLES, target) as string[] | undefined);
  return Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => ({ name, handler: controller.prototype[name] as object }))
    .filter(({ handler }) => Reflect.getMetadata(METHOD_METADATA, handler) !== undefined)
    .map(({ name, handler }) => {
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const path = [base, Reflect.getMetadata(PATH_METADATA, handler) as string]
        .filter((part) => part && part !== '/')
        .join('/');
      return {
        route: `${controller.name}.${name}: ${method} /${path}`,
        decision: decisionOn(handler) ?? decisionOn(controller),
      };
    });
};

const isController = (value: unknown): value is Type =>
  typeof value === 'function' && Reflect.getMetadata(PATH_METADATA, value) !== undefined;

const undecided = (routes: Route[]) =>
  routes
    .filter(
      ({ decision }) =>
        decision === undefined ||
        (decision !== 'public' &&
          (decision.length === 0 || decision.some((role) => !ROLES.includes(role as never)))),
    )
    .map(({ route }) => route);

describe('every route of the API decides who may call it', () => {
  const routes = controllerFiles(SOURCES).flatMap((file) =>
    Object.values(require(file) as Record<string, unknown>)
      .filter(isController)
      .flatMap(routesOf),
  );

  it('finds the controllers’ routes', () => {
    expect(routes.length).toBeGreaterThan(25);
  });

  it('has @Public(), @Roles(…) or @AnyRole() on every route (or its controller)', () => {
    expect(undecided(routes)).toEqual([]);
  });

  it('only the token, health and metrics routes are public', () => {
    expect(routes.filter((r) => r.decision === 'public').map((r) => r.route)).toEqual([
      'AuthController.token: POST /api/auth/token',
      'HealthController.health: GET /api/health',
      'MetricsController.metrics: GET /metrics',
    ]);
  });

  it('names a route that decides nothing (the check can fail)', () => {
    @Controller('api/forgotten')
    class ForgottenController {
      @Get()
      read() {
        return 'anything';
      }
    }
    expect(undecided(routesOf(ForgottenController))).toEqual([
      'ForgottenController.read: GET /api/forgotten',
    ]);
  });
});
