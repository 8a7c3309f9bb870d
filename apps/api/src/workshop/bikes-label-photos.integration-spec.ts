import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  WORKSHOP_ROUTES,
  type BikeDetail,
  type WorkshopPhotoView,
} from '@zusammen/shared/contracts';
import { AppModule } from '../app/app.module';
import { intake, ok, WORKSHOP_PASSWORD } from './inventory-fixtures';

const { bikes, photos } = WORKSHOP_ROUTES;
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);

describe('Fahrradwerkstatt: QR labels and photos (integration)', () => {
  let app: NestFastifyApplication;
  let team: SignedInUser;
  let staff: SignedInUser;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    team = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
    staff = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['staff'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('the QR label is an SVG with the number, make and type', async () => {
    const bike = await intake(app, team, { make: 'Pegasus', cycleType: 'trekking' });
    const response = await app.inject({
      method: 'GET',
      url: `${bikes}/${bike.id}/label.svg`,
      headers: team.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(response.body).toContain(`>${bike.label}</text>`);
    expect(response.body).toContain('>Pegasus</text>');
    expect(response.body).toContain('>Trekkingrad</text>');
  });

  it('photos: upload base64, read the bytes back privately; a non-image is 422 PHOTO_INVALID', async () => {
    const bike = await intake(app, team);
    const photo = ok<WorkshopPhotoView>(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/photos`,
        headers: team.headers,
        payload: { kind: 'bike', contentType: 'image/jpeg', dataBase64: JPEG.toString('base64') },
      }),
    );
    expect(photo.url).toBe(`${photos}/${photo.id}`);
    const bytes = await app.inject({ method: 'GET', url: photo.url, headers: staff.headers });
    expect(bytes.statusCode).toBe(200);
    expect(bytes.headers['content-type']).toBe('image/jpeg');
    expect(bytes.headers['cache-control']).toContain('private');
    expect(bytes.rawPayload.equals(JPEG)).toBe(true);
    const detail = ok<BikeDetail>(
      await app.inject({ method: 'GET', url: `${bikes}/${bike.id}`, headers: team.headers }),
    );
    expect(detail.photos.map((p) => p.id)).toEqual([photo.id]);
    const invalid = expectApiError(
      await app.inject({
        method: 'POST',
        url: `${bikes}/${bike.id}/photos`,
        headers: team.headers,
        payload: {
          kind: 'bike',
          contentType: 'image/png',
          dataBase64: Buffer.from('<svg onload="x">').toString('base64'),
        },
      }),
      422,
      'PHOTO_INVALID',
    );
    expect(invalid.details).toEqual({ problem: 'not_an_image' });
    expectApiError(
      await app.inject({
        method: 'GET',
        url: `${photos}/00000000-0000-4000-8000-000000000000`,
        headers: team.headers,
      }),
      404,
      'PHOTO_NOT_FOUND',
    );
  });

  it('a photo of almost 2 MB is accepted (the body limit of this route allows it)', async () => {
    const bike = await intake(app, team);
    const big = Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024 - JPEG.length - 10, 1)]);
    const response = await app.inject({
      method: 'POST',
      url: `${bikes}/${bike.id}/photos`,
      headers: team.headers,
      payload: { kind: 'bike', contentType: 'image/jpeg', dataBase64: big.toString('base64') },
    });
    expect(response.statusCode).toBe(201);
  });
});
