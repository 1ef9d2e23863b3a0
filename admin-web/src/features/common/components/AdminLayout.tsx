import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useSignedIn } from '@portail/web';

/**
 * Marks the document with the signed-in role so admin.css can hide the nav entries a role may not
 * use (the shared NavItem has no role filter yet). Pages refuse those roles themselves too.
 */
export function AdminLayout() {
  const { claims } = useSignedIn();
  useEffect(() => {
    document.documentElement.dataset.role = claims.role;
    return () => {
      delete document.documentElement.dataset.role;
    };
  }, [claims.role]);
  return <Outlet />;
}
