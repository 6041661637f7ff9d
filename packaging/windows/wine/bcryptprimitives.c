/* For the wine smoke test only, never shipped.
 *
 * Windows 10 and 11 have bcryptprimitives.dll; Debian 12's Wine 8 does not. Rust's
 * standard library (since 1.78) asks it for random bytes through ProcessPrng, so
 * cryptography's _rust.pyd will not load under that Wine. This gives the same
 * answer through RtlGenRandom (advapi32's SystemFunction036), which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
