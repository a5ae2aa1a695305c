import { networkInterfaces } from 'node:os';

/** The machine's IPv4 addresses that other devices on the network can reach (not loopback). */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  const addresses: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) addresses.push(entry.address);
    }
  }
  return addresses;
}

/** The app's address on each of them, for the terminal, the QR code and `/api/info`. */
export function lanUrls(port: number, interfaces = networkInterfaces()): string[] {
  return lanAddresses(interfaces).map((address) => `http://${address}:${port}/`);
}
