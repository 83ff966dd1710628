import { builtInAgreement, isGsomiaError, status } from 'gsomia';

const gsomia = await builtInAgreement('gsomia');
const answer = status(gsomia, '2020-08-24');
console.log(`notice possible: ${answer.notice.possible}; last day: ${answer.notice.deadline}`);

try {
  status(gsomia, '2020-02-30');
} catch (error) {
  if (!isGsomiaError(error)) throw error;
  console.log(`${error.code}: ${error.message}`);
}
