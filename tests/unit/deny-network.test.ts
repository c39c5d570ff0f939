import net from 'node:net';
import dns from 'node:dns';

describe('deny-network guard', () => {
  it('fails fetch', () => {
    expect(() => fetch('https://example.com/')).toThrow(/network access in a unit test/);
  });
  it('fails sockets and DNS', () => {
    expect(() => net.connect(53, '127.0.0.1')).toThrow(/network access/);
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(/network access/);
  });
});
