import { describe, expect, it } from 'vitest';
import { devPortArgs } from './dev-args';

describe('npm run dev’s arguments', () => {
  it('serve on 3000, or on PORT, when no port is given', () => {
    expect(devPortArgs([])).toEqual({ port: 3000, nextArgs: [] });
    expect(devPortArgs([], { PORT: '3200' }).port).toBe(3200);
  });

  for (const args of [['-p', '4000'], ['--port', '4000'], ['-p4000'], ['--port=4000']]) {
    it(`take the port from ${args.join(' ')}, as Next does, and do not pass it on to Next`, () => {
      expect(devPortArgs([...args, '--turbopack'], { PORT: '3200' })).toEqual({
        port: 4000,
        nextArgs: ['--turbopack'],
      });
    });
  }

  it('pass every other argument on to Next as given', () => {
    expect(devPortArgs(['-H', '0.0.0.0', '-p', '4000', '--experimental-https']).nextArgs).toEqual([
      '-H',
      '0.0.0.0',
      '--experimental-https',
    ]);
  });

  it('refuse a port that is not a number, saying so', () => {
    expect(() => devPortArgs(['-p', 'abc'])).toThrow('expected a port number after -p');
  });
});
