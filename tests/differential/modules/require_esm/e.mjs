export default 'def';
