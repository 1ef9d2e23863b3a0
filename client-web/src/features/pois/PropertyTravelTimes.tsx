import { TravelTimes } from '@portail/web/map';
import { useSpaceIds } from '../space/api/spaceIds.js';

/** C4 on the client's property page: the times from this property to each of their places. */
export function PropertyTravelTimes({
  propertyId,
  hasLocation,
}: {
  propertyId: string;
  hasLocation: boolean;
}) {
  const { tenantId, clientId } = useSpaceIds();
  if (!clientId) return null;
  return (
    <TravelTimes
      tenantId={tenantId}
      clientId={clientId}
      propertyId={propertyId}
      hasLocation={hasLocation}
    />
  );
}
