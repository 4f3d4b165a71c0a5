import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

type Spy = ReturnType<typeof vi.fn>;

/**
 * Replaces fakeBrowser's `permissions.request` and `permissions.remove` with spies that grant
 * (tests make them refuse with `mockResolvedValue(false)`); `vi.restoreAllMocks()` undoes it.
 */
export function stubPermissions(): { request: Spy; remove: Spy } {
  const request = vi.fn(async () => true);
  const remove = vi.fn(async () => true);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove as never);
  return { request, remove };
}
