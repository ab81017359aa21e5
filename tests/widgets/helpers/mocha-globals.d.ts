/* The runner provides Mocha's BDD globals; @types/mocha isn't installed, so declare what we use. */
type Hook = () => void | Promise<void>;

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<void>): void;
declare function beforeEach(body: Hook): void;
declare function afterEach(body: Hook): void;
