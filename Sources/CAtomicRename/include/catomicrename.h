#ifndef GRAPHDOCGEN_CATOMICRENAME_H
#define GRAPHDOCGEN_CATOMICRENAME_H

/// Atomically exchanges two paths (both must exist), so that no observer ever sees
/// neither. Returns 0 on success, -1 with errno set on failure (ENOSYS or EINVAL where
/// the kernel or file system cannot exchange).
int graphdocgen_exchange_paths(const char *first, const char *second);

#endif
